using Pathway.Cases.People;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Access;

/// <summary>Clinicians and coordinators work their own teams' cases; administrators see every team.</summary>
public static class TeamAccess
{
    public static bool SeesAllTeams(Actor actor) => actor.HasRole(Disciplines.Administrator);

    /// <summary>The team a task is worked by: its own, else its case's locality team.</summary>
    public static string TeamOf(WorkTaskRecord task) => task.Team ?? task.Locality;

    public static string TeamOf(CaseRecord record) => CaseVariables.Team(record) ?? record.Locality;

    /// <summary>Someone who may open the record only because they see every team (an administrator) must say why first.</summary>
    public static bool NeedsReason(Actor actor, string team) => SeesAllTeams(actor) && !actor.Teams.Contains(team, StringComparer.Ordinal);

    public static bool Allows(Actor actor, string team) => SeesAllTeams(actor) || actor.Teams.Contains(team, StringComparer.Ordinal);

    public static void Ensure(Actor actor, string team)
    {
        if (!Allows(actor, team))
            throw new CommandRejectedException(Rejection.Forbidden, ApiErrors.TeamNotYours, $"this case belongs to the team '{team}', which you are not in");
    }

    /// <summary>The open tasks the actor's teams may see, as a query still to be narrowed.</summary>
    public static IQueryable<WorkTaskRecord> Visible(IQueryable<WorkTaskRecord> tasks, Actor actor)
    {
        if (SeesAllTeams(actor))
            return tasks;
        var teams = actor.Teams.ToList();
        return tasks.Where(t => teams.Contains(t.Team ?? t.Locality));
    }
}
