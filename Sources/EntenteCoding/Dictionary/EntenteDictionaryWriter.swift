import EntenteCore

/// Writes entries in the Entente dictionary format, so PETRARCH dictionaries can be
/// converted once and then edited as Entente files.
public enum EntenteDictionaryWriter {
    /// The entries as Entente dictionary text, after a `header` of comment lines.
    public static func write(_ entries: [DictionaryEntry], header: [String] = []) -> String {
        var lines = header.map { $0.isEmpty ? "#" : "# \($0)" }
        if !lines.isEmpty { lines.append("") }
        for entry in entries {
            lines.append("entry \(entry.name)")
            lines.append("  kind \(entry.kind.rawValue)")
            for code in entry.codes {
                if code.isDated {
                    lines.append("  code \(code.code) \(code.from?.iso ?? "")..\(code.to?.iso ?? "")")
                } else {
                    lines.append("  code \(code.code)")
                }
            }
            for role in [ActorMention.Source.name, .agent, .adjective, .capital] {
                let phrases = entry.phrases.filter { $0.role == role }.map(\.text).filter { !$0.contains(";") && !$0.contains(" #") }
                guard !phrases.isEmpty else { continue }
                let keyword = role == .adjective ? "adjective" : role == .capital ? "capital" : "name"
                lines.append("  \(keyword) \(phrases.joined(separator: "; "))")
            }
            for note in entry.notes { lines.append("  note \(note)") }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
