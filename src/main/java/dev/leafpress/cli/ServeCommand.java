package dev.leafpress.cli;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.serve.Preview;
import dev.leafpress.serve.ServeOptions;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code leafpress serve}: preview the site with live reload until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Build the site in memory, serve it over HTTP and rebuild and reload open pages on every change.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String bind;

    @Option(names = "--open", description = "Open the site in the default browser.")
    boolean open;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Preview preview;
        BuildOptions options = site.options(null, false);
        // The first build of a big site takes seconds; it only fills memory, so stopping in it is safe.
        CtrlC.onInterrupt(() -> {
            System.out.println("Stopped.");
            System.exit(0);
        });
        System.out.println("Building the site in memory...");
        try {
            preview = Preview.start(new ServeOptions(options, bind, port), System.out);
        } catch (Exception e) {
            return cannotListen(e);
        }
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                preview.close();
                System.out.println("Stopped.");
                stopped.countDown();
            }
        };
        CtrlC.onInterrupt(stop);
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "leafpress-stop"));
        announce(preview.url());
        stopped.await();
        return 0;
    }

    private void announce(URI url) {
        System.out.println("Serving " + url + "  (Ctrl-C to stop)");
        if (!isLoopback(bind)) {
            System.out.println("note: listening on " + bind + ": other computers on the network can see this preview");
        }
        if (open) {
            Browser.open(url);
        }
    }

    private int cannotListen(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof BindException)) {
            cause = cause.getCause();
        }
        String why = cause instanceof BindException ? "the address is in use or not available here (try another --port)"
                : String.valueOf(cause.getMessage());
        System.err.println("error: cannot serve on " + bind + ":" + port + ": " + why);
        if (site.verbose) {
            e.printStackTrace();
        }
        return 1;
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
