package dev.leafpress.serve;

import dev.leafpress.build.SiteBuilder;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostic;
import dev.leafpress.diag.SourcePos;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code leafpress serve} as a running thing: builds the site in memory, serves it, watches the
 * sources, rebuilds on change and tells open tabs. A failed build never stops it: the last good
 * site stays up with the errors laid over it.
 */
public final class Preview implements AutoCloseable {

    /** Rebuild lines start with the time of day, seconds always shown. */
    private static final java.time.format.DateTimeFormatter CLOCK_TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final ServeOptions options;
    private final PrintStream out;
    private final PreviewBuilder builder;
    private final LiveSite site;
    private final ReloadHub hub;
    private PreviewServer server;
    private SiteWatcher watcher;
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "leafpress-ping");
        t.setDaemon(true);
        return t;
    });

    private Preview(ServeOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.builder = new PreviewBuilder(options.build());
        // Until a build succeeds (the first may fail), serve where site.yaml says the site lives.
        this.site = new LiveSite(options.build().siteRoot(), SiteBuilder.basePath(options.build()).orElse("/"));
        this.hub = new ReloadHub(() -> site.current().version());
    }

    /**
     * Starts the server (so a taken port fails fast), then the watcher, then builds; messages go to
     * {@code out}. Tabs opened during the first build reload when it is done.
     */
    public static Preview start(ServeOptions options, PrintStream out) throws Exception {
        Preview preview = new Preview(options, out);
        try {
            preview.server = PreviewServer.start(options.bind(), options.port(), preview.site::current,
                    new SiteFiles(options.build().siteRoot()), preview.hub);
            preview.watcher = SiteWatcher.start(options.build().siteRoot(), options.quiet(), preview::rebuild);
            preview.rebuild(ChangeSet.ALL);
            preview.pinger.scheduleAtFixedRate(preview.hub::ping, 25, 25, TimeUnit.SECONDS);
            return preview;
        } catch (Exception | Error e) {
            preview.close();
            throw e;
        }
    }

    /** The address of the site's home page. */
    public URI url() {
        String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        if (host.equals("0.0.0.0") || host.equals("[::]")) {
            host = "localhost";
        }
        return URI.create("http://" + host + ":" + server.port() + site.current().basePath());
    }

    /** What is being served right now. */
    SiteSnapshot snapshot() {
        return site.current();
    }

    public int port() {
        return server.port();
    }

    /** How many browser tabs are connected for live reload. */
    public int tabs() {
        return hub.size();
    }

    synchronized void rebuild(ChangeSet changes) {
        long start = System.nanoTime();
        LiveSite.Effect effect;
        String summary;
        try {
            PreviewBuilder.Result result = builder.build(changes);
            result.warnings().forEach(out::println);
            effect = site.publish(result.basePath(), result.files(), result.assets(), changes);
            int pages = result.rendered().size();
            summary = pages + " page" + (pages == 1 ? "" : "s") + " rendered";
        } catch (BuildFailure failure) {
            effect = fail(failure.diagnostics());
            summary = "build failed";
        } catch (RuntimeException e) {
            effect = fail(List.of(Diagnostic.error(SourcePos.of("leafpress"), "internal error: " + e)));
            summary = "build failed";
        }
        announce(effect, summary, (System.nanoTime() - start) / 1_000_000);
    }

    private LiveSite.Effect fail(List<Diagnostic> diagnostics) {
        diagnostics.forEach(out::println);
        return site.fail(diagnostics.stream().filter(Diagnostic::isError).toList());
    }

    private void announce(LiveSite.Effect effect, String summary, long millis) {
        long version = site.current().version();
        if (effect == LiveSite.Effect.RELOAD) {
            hub.reload(version);
        } else if (effect == LiveSite.Effect.STYLES) {
            hub.styles(version - 1, version);
        }
        boolean errors = !site.current().errors().isEmpty();
        String what = switch (effect) {
            case NONE -> "no visible change";
            case STYLES -> "stylesheets swapped";
            case RELOAD -> errors ? "errors shown in the browser" : site.isFirstVersion(version) ? "first build"
                    : "reloading";
        };
        out.println(String.format(Locale.ROOT, "%s: %s in %d ms (%s)", CLOCK_TIME.format(java.time.LocalTime.now()),
                summary, millis, what));
    }

    @Override
    public void close() {
        pinger.shutdownNow();
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
