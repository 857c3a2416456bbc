package dev.leafpress.serve.bench;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.serve.Preview;
import dev.leafpress.serve.ReloadClient;
import dev.leafpress.serve.ServeOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: for generated sites of N posts, the time from saving a one-word change
 * in one post to the live-reload event reaching a WebSocket client, over several edits.
 * Usage: ServeLatencyBench WORKDIR [posts...] (default 1000 10000); bench/serve-latency.sh runs it.
 */
public final class ServeLatencyBench {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    private static final int EDITS = 11;

    private ServeLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 10000);
        }
        System.out.println("cores: " + Runtime.getRuntime().availableProcessors() + ", java "
                + System.getProperty("java.version"));
        for (int posts : sizes) {
            measure(work.resolve("site-" + posts), posts);
        }
    }

    private static void measure(Path root, int posts) throws Exception {
        if (!Files.exists(root.resolve("site.yaml"))) {
            GeneratedSite.write(root, posts);
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        long start = System.nanoTime();
        try (Preview preview = Preview.start(new ServeOptions(BuildOptions.of(root), "127.0.0.1", 0),
                new PrintStream(log, true, StandardCharsets.UTF_8));
             ReloadClient client = new ReloadClient(HttpClient.newHttpClient(), preview.port())) {
            long startup = (System.nanoTime() - start) / 1_000_000;
            client.await("hello", 10);
            for (boolean rename : new boolean[] {false, true}) {
                report(posts, startup, rename ? "rename-save" : "in-place save", edits(root, posts, client, log, rename));
            }
            if (Boolean.getBoolean("bench.log")) {
                System.out.println(log.toString(StandardCharsets.UTF_8));
            }
        }
    }

    /** Edits posts one after another; each save writes the file in place, or a temporary file renamed over it. */
    private static List<Double> edits(Path root, int posts, ReloadClient client, ByteArrayOutputStream log,
                                      boolean rename) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARMUP + EDITS; i++) {
            Path post = GeneratedSite.post(root, (i * 7919 + (rename ? 1 : 0)) % posts);
            String text = Files.readString(post);
            String edited = text.replaceFirst("\n---\n(\\S+)", "\n---\n$1 edit" + i);
            client.clear();
            long t0 = System.nanoTime();
            save(post, edited, rename);
            if (client.await("reload", 30) == null) {
                throw new IllegalStateException("no reload event after edit " + i + "\n" + log);
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            if (i >= WARMUP) {
                times.add(ms);
            }
            Thread.sleep(150);
        }
        return times;
    }

    private static void save(Path post, String text, boolean rename) throws java.io.IOException {
        if (!rename) {
            Files.writeString(post, text);
            return;
        }
        Path temporary = post.resolveSibling(post.getFileName() + "___jb_tmp___");
        Files.writeString(temporary, text);
        Files.move(temporary, post, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void report(int posts, long startup, String how, List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        System.out.println(String.format(Locale.ROOT,
                "%6d posts (first build + start %d ms), %s -> reload event, %d edits: median %.0f ms, "
                        + "min %.0f ms, max %.0f ms, load average %.1f  (all: %s)", posts, startup, how, sorted.size(),
                median,
                sorted.get(0), sorted.get(sorted.size() - 1),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                times.stream().map(t -> String.format(Locale.ROOT, "%.0f", t)).toList()));
    }
}
