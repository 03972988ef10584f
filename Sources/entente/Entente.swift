import ArgumentParser

/// The `entente` command: one subcommand per job.
@main
struct Entente: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entente",
        abstract: "Turn news text into political event data: who did what to whom, when and where.",
        subcommands: [CodeCommand.self, IngestCommand.self, RecodeCommand.self, EventsCommand.self, RelationsCommand.self, TimelineCommand.self, NetworkCommand.self, ExportCommand.self, ServeCommand.self, EnqueueCommand.self, WorkerCommand.self, QueueCommand.self, ActorsCommand.self, ExplainCommand.self, EvaluateCommand.self, EvaluateClassesCommand.self, DictionaryCommand.self, TrainCommand.self, ScoreTaggerCommand.self, ScoreParserCommand.self]
    )
}
