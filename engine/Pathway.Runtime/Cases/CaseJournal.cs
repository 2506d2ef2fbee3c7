using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Cases;

/// <summary>
/// Appends a journal line that is not an interpreter step (an assessment accepted, say) with
/// the case's next sequence number, inside the command's unit of work (<see cref="CaseRunner"/>).
/// Bumping the case's revision makes two such writes, or one racing a command, collide on the
/// version check instead of sharing a sequence number.
/// </summary>
public static class CaseJournal
{
    public static void Append(PathwayDbContext db, CaseRecord record, string kind, string actor, DateTimeOffset at, IReadOnlyDictionary<string, object?>? data)
    {
        db.Append(new JournalRecord
        {
            CaseId = record.Id,
            Sequence = ++record.JournalLength,
            At = at,
            Kind = kind,
            Actor = actor,
            DataJson = data is null ? null : CaseStateJson.SerializeData(data),
        });
        record.Revision++;
    }
}
