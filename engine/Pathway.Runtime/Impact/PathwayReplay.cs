using Pathway.Engine.Model;

namespace Pathway.Runtime.Impact;

/// <summary>
/// A pathway draft swapped into a replay: the versions past cases ran on, by definition id, and
/// the draft. A case on one of those versions has each decision made by the draft's rule task
/// at the same element (none if the draft has none there), and what the pathway does with it
/// (<see cref="PathwayStep"/>) compared; cases on other pathways replay their rules alone.
/// </summary>
public sealed record PathwayReplay(IReadOnlyDictionary<long, PathwayModel> Before, PathwayModel After);
