/// The relations between sides over a period as a weighted graph: who cooperated with and
/// who fought whom, and how much.
public struct Network: Sendable, Hashable {
    /// The last day counted (nil: the latest event).
    public var asOf: String?
    /// How many days before `asOf` are counted (nil: all time).
    public var windowDays: Int?
    /// The sides that appear in an edge, with how many events they took part in.
    public var nodes: [Node]
    /// One edge a directed pair of sides.
    public var edges: [Edge]

    /// A side (a country or an organisation).
    public struct Node: Sendable, Hashable {
        /// The side's code (`NER`, `IGOWAFAES`).
        public var id: String
        /// Events it took part in, either way.
        public var events: Int

        /// Creates a node.
        public init(id: String, events: Int) {
            self.id = id
            self.events = events
        }
    }

    /// What one side did to another in the period.
    public struct Edge: Sendable, Hashable {
        /// The acting side.
        public var source: String
        /// The side acted on.
        public var target: String
        /// Cooperative events (QuadClass 1 and 2: verbal and material cooperation).
        public var cooperation: Int
        /// Conflictual events (QuadClass 3 and 4: verbal and material conflict).
        public var conflict: Int
        /// The sum of the events' Goldstein scores (-10 … 10 each).
        public var goldstein: Double

        /// Creates an edge.
        public init(source: String, target: String, cooperation: Int, conflict: Int, goldstein: Double) {
            self.source = source
            self.target = target
            self.cooperation = cooperation
            self.conflict = conflict
            self.goldstein = goldstein
        }
    }

    /// Creates a network.
    public init(asOf: String?, windowDays: Int?, nodes: [Node], edges: [Edge]) {
        self.asOf = asOf
        self.windowDays = windowDays
        self.nodes = nodes
        self.edges = edges
    }

    /// The network of `edges`, each side a node with the events of its edges.
    public init(asOf: String?, windowDays: Int?, edges: [Edge]) {
        var events: [String: Int] = [:]
        for edge in edges {
            events[edge.source, default: 0] += edge.cooperation + edge.conflict
            events[edge.target, default: 0] += edge.cooperation + edge.conflict
        }
        self.init(asOf: asOf, windowDays: windowDays, nodes: events.sorted { $0.key < $1.key }.map { Node(id: $0.key, events: $0.value) }, edges: edges)
    }
}

/// One day of a pair's events: counts by QuadClass, and the Goldstein sum and mean.
public struct DailyCount: Sendable, Hashable {
    /// The day (events dated to a coarser precision are left out).
    public var day: String
    /// Events of QuadClass 1 to 4 (verbal cooperation, material cooperation, verbal
    /// conflict, material conflict), in that order.
    public var quadClasses: [Int]
    /// The sum of the events' Goldstein scores.
    public var goldsteinSum: Double

    /// All events that day.
    public var events: Int { quadClasses.reduce(0, +) }
    /// The mean Goldstein score.
    public var goldsteinMean: Double { events == 0 ? 0 : goldsteinSum / Double(events) }

    /// Creates a day.
    public init(day: String, quadClasses: [Int], goldsteinSum: Double) {
        self.day = day
        self.quadClasses = quadClasses
        self.goldsteinSum = goldsteinSum
    }
}
