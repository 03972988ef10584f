import ArgumentParser
import EntenteCoding
import EntenteCore
import EntenteStore

/// `entente recode`: codes stored documents again after a dictionary change.
struct RecodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recode",
        abstract: "Code the stored documents again with the current dictionaries; merged events and relation facts follow.",
        discussion: """
            Every mention records the dictionary version that coded it. Documents coded by \
            another version (all of them with --all) are coded again, each replaced in one \
            transaction; then the merged events and the relation facts are rebuilt from the \
            mentions in one transaction.
            """
    )

    @Flag(help: "Recode every coded document, not only those another dictionary version coded.")
    var all = false

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() async throws {
        let (coder, version) = try loadVersionedCoder(dictionaryOptions)
        let store = try await storeOptions.open()
        let before = try await store.counts()
        let ids = try await store.documentsToRecode(dictionaryVersion: version, all: all)
        for id in ids {
            guard let stored = try await store.document(id) else { continue }
            let (sentences, events) = coder.code(stored.document)
            try await store.replaceCoding(id, sentences: sentences.map(\.sentence), mentions: events, dictionaryVersion: version)
        }
        if !ids.isEmpty { try await store.rebuildEvents() }
        let after = try await store.counts()
        var console = CheckedOutput()
        print("\(ids.count) document(s) recoded with dictionaries \(version); mentions \(before.mentions) → \(after.mentions), "
              + "events \(before.events) → \(after.events)", to: &console)
        try console.finish()
    }
}
