import EntenteCore

/// Where coded documents, their sentences and their event mentions are kept.
///
/// The protocol is what the CLI (and later the server and the workers) see; SQLite is its
/// first implementation and PostgreSQL will be the second, so nothing here names a database.
/// Every write of a document is one transaction: a document is either in flight, coded with
/// all its sentences and mentions, or failed with its error, never half written.
public protocol EventStore: Sendable {
    /// Records that each of `documents` is about to be coded, before any coding starts, so
    /// that a crash while coding one leaves a trace (see ``recoverInterrupted(crashed:culprits:)``),
    /// in one transaction. Documents already coded or already failed are not coded again. The
    /// admissions are in the order of `documents`.
    func beginAll(_ documents: [IncomingDocument]) async throws -> [Admission]

    /// Stores what coding each document found and marks it coded, in one transaction: its
    /// mentions join the events they tell (see ``MergeRule``) and the relation facts they
    /// establish are recorded. Returns what changed, in the order of `codings`. Ingest writes
    /// many documents a transaction: a commit per document made storage, not coding, the
    /// bottleneck.
    func completeAll(_ codings: [DocumentCoding]) async throws -> [CompletedDocument]

    /// Marks the document failed, with the error.
    func fail(_ id: Int64, error: String) async throws

    /// Documents a run that has died left in flight. A document in `culprits` was being coded
    /// when its run crashed (the crash handler named it): it is marked failed and never
    /// retried, and the rest of that run's documents are released. When a run that `crashed`
    /// (the process ids known to have crashed rather than been killed) named no culprit but had
    /// one document in flight, that document crashed it and is failed. Otherwise (the run was
    /// killed, or had several in flight, any of which may be the culprit) each is released
    /// (status still `coding`, no process) for ``claimPending()`` to code again one at a
    /// time, so a poison document is caught alone if it crashes again.
    func recoverInterrupted(crashed: Set<Int64>, culprits: Set<Int64>) async throws -> [StoredDocument]

    /// Takes the next released document for this process to code, if any.
    func claimPending() async throws -> (id: Int64, externalID: String?, document: Document)?

    /// Stored event mentions, oldest document first, filtered.
    func mentions(_ query: MentionQuery) async throws -> [Event]

    /// Merged events (each with how many mentions and documents tell it), oldest first.
    func mergedEvents(_ query: MentionQuery) async throws -> [MergedEvent]

    /// The state of every relationship as of `date` (all facts when nil), optionally only
    /// those of one actor (a code prefix).
    func relations(asOf date: String?, actor: String?) async throws -> [RelationState]

    /// One pair's relationships as of `date`: every state each entered by then (with
    /// `until` once the next began) and the sentences behind it, and the `recent` latest
    /// events between the two. Sides are given as actor codes (`NERGOV` is Niger).
    func dyad(_ first: String, _ second: String, asOf date: String?, recent: Int) async throws -> DyadReport

    /// Sides and their cooperation and conflict over the `windowDays` before `date` (all
    /// time when either is nil); asserted and reported events only.
    func network(asOf date: String?, windowDays: Int?) async throws -> Network

    /// A pair's events day by day up to `date`: counts by QuadClass, Goldstein sum and mean;
    /// asserted and reported events only.
    func dailySeries(_ first: String, _ second: String, asOf date: String?) async throws -> [DailyCount]

    /// The merged events `query` selects, each with its first mention and document, for the
    /// export formats.
    func exportEvents(_ query: MentionQuery) async throws -> [ExportEvent]

    /// Coded documents to code again under `dictionaryVersion`: those another version coded,
    /// or every one when `all`.
    func documentsToRecode(dictionaryVersion: String, all: Bool) async throws -> [Int64]

    /// A stored document, as it was ingested.
    func document(_ id: Int64) async throws -> (externalID: String?, document: Document)?

    /// Replaces a document's sentences and mentions with a new coding, in one transaction;
    /// ``rebuildEvents()`` then brings the merged events and facts in line.
    func replaceCoding(_ id: Int64, sentences: [Sentence], mentions: [Event], dictionaryVersion: String) async throws

    /// Merges every stored mention into events again and records the relation facts anew, in
    /// one transaction: after a recode, events and facts follow the new mentions.
    func rebuildEvents() async throws

    /// How many documents (by status), sentences, mentions and merged events the store holds.
    func counts() async throws -> StoreCounts

    /// The first and last day any event is dated to (nil when no event has a day).
    func eventDays() async throws -> (first: String?, last: String?)

    /// A stored document's sentences, in order.
    func sentences(ofDocument id: Int64) async throws -> [Sentence]

    /// The sides (country-level actor codes, as events are merged) whose code starts with
    /// `prefix` (all when nil), with how many events each takes part in, busiest first.
    func sides(prefix: String?, limit: Int) async throws -> [(side: String, events: Int)]
}

extension EventStore {
    /// Records that `document` is about to be coded (see ``beginAll(_:)``).
    public func begin(_ document: IncomingDocument) async throws -> Admission {
        guard let admission = try await beginAll([document]).first else {
            throw EntenteError(.storeFailed, "the store admitted nothing for a document")
        }
        return admission
    }

    /// Stores one document's coding and marks it coded (see ``completeAll(_:)``).
    @discardableResult
    public func complete(_ id: Int64, sentences: [Sentence], mentions: [Event]) async throws -> CompletedDocument {
        try await completeAll([DocumentCoding(id: id, sentences: sentences, mentions: mentions)]).first ?? CompletedDocument()
    }

    /// Recovery when no crash named the document it was coding.
    public func recoverInterrupted(crashed: Set<Int64>) async throws -> [StoredDocument] {
        try await recoverInterrupted(crashed: crashed, culprits: [])
    }
}

/// What coding one admitted document found, on its way into the store.
public struct DocumentCoding: Sendable, Hashable {
    /// The id ``EventStore/beginAll(_:)`` gave it.
    public var id: Int64
    /// Its sentences.
    public var sentences: [Sentence]
    /// Its event mentions.
    public var mentions: [Event]

    /// Creates a coding.
    public init(id: Int64, sentences: [Sentence], mentions: [Event]) {
        self.id = id
        self.sentences = sentences
        self.mentions = mentions
    }
}

/// A document on its way into the store.
public struct IncomingDocument: Sendable, Hashable {
    /// The id the input gave it (a JSONL `id`, a file path, a feed item's link), if any.
    public var externalID: String?
    /// The document itself.
    public var document: Document
    /// Which dictionaries code it, so a later recode can tell what changed.
    public var dictionaryVersion: String
    /// Whether ``externalID`` names the document itself (a JSONL record's `id`), rather than
    /// where it was read (a file path): then it is the document's identity.
    public var externalIDIsIdentity: Bool

    /// Creates an incoming document.
    public init(externalID: String?, document: Document, dictionaryVersion: String, externalIDIsIdentity: Bool = false) {
        self.externalID = externalID
        self.document = document
        self.dictionaryVersion = dictionaryVersion
        self.externalIDIsIdentity = externalIDIsIdentity
    }

    /// The document's identity, so the same story fed twice is one document: its canonical
    /// URL when it has one, else its own id, else a hash of its text with runs of white space
    /// made one space (the same article re-wrapped is the same article).
    public var identity: String { Self.identity(url: document.url, id: externalIDIsIdentity ? externalID : nil, text: document.text) }

    /// The identity of a document with this URL, id and text (see ``identity``).
    public static func identity(url: String?, id: String?, text: String) -> String {
        if let url, !url.isEmpty { return "url:" + url }
        if let id, !id.isEmpty { return "id:" + id }
        return "text:" + ContentHash.of(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
}

/// What storing one coded document changed.
public struct CompletedDocument: Sendable, Hashable {
    /// Events first told by this document.
    public var newEvents = 0
    /// Mentions that joined an event already in the store.
    public var mergedMentions = 0
    /// Relationships whose state this document changed, in text order.
    public var changes: [RelationChange] = []

    /// Creates an empty outcome.
    public init() {}
}

/// A relationship entering a state: what started, what it ended, and the sentence that
/// says so.
public struct RelationChange: Sendable, Hashable {
    /// The state that started.
    public var started: RelationState
    /// The state it ended, if the relationship had one before.
    public var ended: RelationState?
    /// The number of the sentence (in its document) whose event set it.
    public var sentence: Int

    /// Creates a change.
    public init(started: RelationState, ended: RelationState?, sentence: Int) {
        self.started = started
        self.ended = ended
        self.sentence = sentence
    }
}

/// What ``EventStore/beginAll(_:)`` decided for a document.
public enum Admission: Sendable, Hashable {
    /// Code it; the id to complete or fail.
    case code(Int64)
    /// It is already in the store, coded: nothing to do.
    case alreadyCoded(Int64)
    /// Another live run is coding it now, and will store it.
    case codingElsewhere(Int64)
    /// It failed before (it may be the document that crashed a run): not tried again.
    case failedBefore(Int64, error: String)
}

/// A stored document, as recovery and queries report it.
public struct StoredDocument: Sendable, Hashable {
    /// The store's id.
    public var id: Int64
    /// The input's id, if it had one.
    public var externalID: String?
    /// `coding`, `coded` or `failed`.
    public var status: String
    /// Why it failed, when it did.
    public var error: String?

    /// Creates a stored document's report.
    public init(id: Int64, externalID: String?, status: String, error: String?) {
        self.id = id
        self.externalID = externalID
        self.status = status
        self.error = error
    }
}

/// A filter over stored mentions and merged events; every condition given must hold.
public struct MentionQuery: Sendable, Hashable {
    /// Only mentions with this actor as source or target (a code prefix: `NER` matches `NERGOV`).
    public var actor: String?
    /// Only events between these two sides, in either direction (actor codes; `NERGOV` is
    /// Niger).
    public var dyad: [String]?
    /// Only mentions whose CAMEO code starts with this (`16`, `161`).
    public var cameo: String?
    /// Only this CAMEO root (`16`).
    public var root: String?
    /// Only events dated on or after this day (a coarser date counts if its month or year
    /// reaches it).
    public var from: String?
    /// Only events dated on or before this day.
    public var to: String?
    /// Only events told in a sentence holding these words (full-text search, as a phrase).
    public var text: String?
    /// Only this mode (`asserted`, `negated`, …).
    public var mode: String?
    /// Only this merged event (its mentions, for ``EventStore/mentions(_:)``).
    public var event: Int64?
    /// Only what this stored document tells.
    public var document: Int64?
    /// Only merged events after this one in the list's order (date, then id): the next page.
    public var after: EventCursor?
    /// At most this many.
    public var limit: Int

    /// Creates a query.
    public init(actor: String? = nil, dyad: [String]? = nil, cameo: String? = nil, root: String? = nil, from: String? = nil,
                to: String? = nil, text: String? = nil, mode: String? = nil, event: Int64? = nil, document: Int64? = nil,
                after: EventCursor? = nil, limit: Int = 1000) {
        self.event = event
        self.document = document
        self.after = after
        self.actor = actor
        self.dyad = dyad
        self.cameo = cameo
        self.root = root
        self.from = from
        self.to = to
        self.text = text
        self.mode = mode
        self.limit = limit
    }
}

/// A place in the list of merged events, which is in date order (undated first), then id:
/// the last event of a page, so the next page starts after it however the store grows.
public struct EventCursor: Sendable, Hashable {
    /// The event's date, nil when undated.
    public var date: String?
    /// The event's id.
    public var id: Int64

    /// Creates a cursor after the event with this date and id.
    public init(date: String?, id: Int64) {
        self.date = date
        self.id = id
    }
}

/// What a store holds.
public struct StoreCounts: Sendable, Hashable {
    /// Documents by status.
    public var documents: [String: Int]
    /// Stored sentences.
    public var sentences: Int
    /// Stored event mentions.
    public var mentions: Int
    /// Merged events.
    public var events: Int

    /// Creates counts.
    public init(documents: [String: Int], sentences: Int, mentions: Int, events: Int) {
        self.documents = documents
        self.sentences = sentences
        self.mentions = mentions
        self.events = events
    }
}

/// One event, merged from every mention that tells it.
public struct MergedEvent: Sendable, Hashable {
    /// The store's id.
    public var id: Int64
    /// Source actor code.
    public var source: String
    /// Target actor code.
    public var target: String
    /// CAMEO code.
    public var cameo: String
    /// The mode its mentions share.
    public var mode: String
    /// The date its mentions share, at `datePrecision`.
    public var date: String?
    /// `day`, `week`, `month`, `year` or `document`.
    public var datePrecision: String?
    /// How many sentences tell it (GDELT's NumMentions).
    public var mentions: Int
    /// How many documents tell it (GDELT's NumArticles).
    public var documents: Int
    /// How many outlets tell it (GDELT's NumSources); a document with no outlet counts as
    /// its own.
    public var sources: Int

    /// Creates a merged event.
    public init(id: Int64, source: String, target: String, cameo: String, mode: String, date: String?, datePrecision: String?, mentions: Int, documents: Int, sources: Int? = nil) {
        self.sources = sources ?? documents
        self.id = id
        self.source = source
        self.target = target
        self.cameo = cameo
        self.mode = mode
        self.date = date
        self.datePrecision = datePrecision
        self.mentions = mentions
        self.documents = documents
    }
}

/// A relationship's state as of a date: the latest fact about it.
public struct RelationState: Sendable, Hashable {
    /// One side (the first alphabetically, for symmetric kinds; else the acting side).
    public var actorA: String
    /// The other side.
    public var actorB: String
    /// The relationship (`diplomatic`, `alliance`, `troops`, `sanctions`, `conflict`).
    public var kind: String
    /// Its state (`broken`, `expelled`, `allied`, …).
    public var state: String
    /// The date the state holds from.
    public var since: String
    /// The merged event that set it.
    public var eventID: Int64
    /// For `allied`, the bloc both belong to.
    public var through: String?

    /// Creates a state.
    public init(actorA: String, actorB: String, kind: String, state: String, since: String, eventID: Int64, through: String? = nil) {
        self.actorA = actorA
        self.actorB = actorB
        self.kind = kind
        self.state = state
        self.since = since
        self.eventID = eventID
        self.through = through
    }
}
