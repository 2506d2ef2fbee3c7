namespace Pathway.Runtime.Cases;

public sealed class CaseNotFoundException(Guid caseId) : Exception($"There is no case {caseId}.")
{
    public Guid CaseId { get; } = caseId;
}
