using System.Xml.Linq;

namespace Pathway.Engine.Bpmn;

/// <summary>
/// Picks the process to execute from a BPMN file: the one marked executable, else the only
/// one with flow nodes. A collaboration may hold other participants' processes (a
/// receiving service drawn as a black box), so several processes are fine when one is chosen.
/// </summary>
internal static class ProcessSelector
{
    public static XElement? Select(XElement root, List<BpmnError> errors)
    {
        var bpmn = ExecutableSubset.Instance.BpmnNamespace;
        if (root.Name != XName.Get("definitions", bpmn))
        {
            errors.Add(new(BpmnErrors.NotBpmn, null, BpmnXml.Line(root),
                $"the root element is '{root.Name.LocalName}' in '{root.Name.NamespaceName}', not a BPMN 2.0 'definitions' in {bpmn}; save the diagram as BPMN 2.0 XML from bpmn-js or Camunda Modeler"));
            return null;
        }
        var processes = root.Elements(XName.Get("process", bpmn)).ToList();
        var executable = processes.Where(p => BpmnXml.Attribute(p, "isExecutable") == "true").ToList();
        var candidates = executable.Count > 0 ? executable : processes.Where(p => p.Elements().Any(IsFlowElement)).ToList();
        if (candidates.Count == 1)
            return candidates[0];
        if (candidates.Count == 0)
        {
            errors.Add(new(BpmnErrors.ProcessNotFound, null, BpmnXml.Line(root),
                "the file has no process with flow nodes to execute; draw the pathway in a process (or a pool) and mark it executable"));
            return null;
        }
        foreach (var process in candidates)
        {
            errors.Add(new(BpmnErrors.ProcessNotFound, BpmnXml.Attribute(process, "id"), BpmnXml.Line(process),
                $"the file has {candidates.Count} candidate processes and Pathway executes one; mark only the pathway's process executable (isExecutable=\"true\")"));
        }
        return null;
    }

    private static bool IsFlowElement(XElement element) =>
        element.Name.NamespaceName == ExecutableSubset.Instance.BpmnNamespace
        && element.Name.LocalName is not ("sequenceFlow" or "laneSet")
        && !ExecutableSubset.Instance.IsIgnored(element.Name.LocalName);
}
