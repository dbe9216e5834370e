import ParaReadyCore
import Readiness

/// The machine-readable audit (`paraready.audit/1`): the facts plus every finding, with sorted keys.
public enum JSONReport {
    public static func render(_ report: AuditReport) throws -> String {
        try CanonicalJSON.string(report)
    }
}
