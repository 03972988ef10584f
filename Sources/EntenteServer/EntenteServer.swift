import EntenteCoding
import EntenteStore
import Hummingbird
import Logging

/// The HTTP server: the JSON API (and, with it, the web UI) over a store, with the coder for
/// what is posted.
public enum EntenteServer {
    /// The router with every route and the middleware every answer passes through.
    public static func router(store: any EventStore, coder: Coder, settings: ServerSettings) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        // Outermost first: every answer, errors included, gets the security headers.
        let metrics = ServerMetrics()
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: RequestMetricsMiddleware(metrics: metrics))
        router.add(middleware: APIFailureMiddleware())
        let names = ActorNames(coder.analyzer.dictionary)
        APIRoutes(store: store, coder: coder, names: names, settings: settings, metrics: metrics).add(to: router)
        WebRoutes(store: store, coder: coder, names: names, settings: settings, templates: PageTemplates.compiled).add(to: router)
        return router
    }

    /// The application, to run as a service (`runService()`, or in a `ServiceGroup`): it stops
    /// gracefully on SIGINT and SIGTERM.
    public static func application(store: any EventStore, coder: Coder, settings: ServerSettings, logger: Logger,
                                   onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: router(store: store, coder: coder, settings: settings),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(settings.idleTimeoutSeconds)))),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "entente"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? settings.port) },
            logger: logger
        )
    }
}
