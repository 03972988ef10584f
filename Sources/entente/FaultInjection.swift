import Foundation

/// A crash on demand, for the tests that check a poison document costs one document: with
/// `ENTENTE_CRASH_ON=TEXT` in the environment, coding a document that contains TEXT traps,
/// as a coder bug would. Unset (always, outside those tests), it does nothing.
enum FaultInjection {
    static let trigger: String? = ProcessInfo.processInfo.environment["ENTENTE_CRASH_ON"].flatMap { $0.isEmpty ? nil : $0 }

    static func crashIfAsked(_ text: String) {
        if let trigger, text.contains(trigger) { fatalError("ENTENTE_CRASH_ON: a crash injected for a test") }
    }
}
