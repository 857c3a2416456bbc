package dev.leafpress.serve;

import dev.leafpress.build.BuildOptions;
import java.time.Duration;

/**
 * How to preview: the build options (site, drafts, base URL), where to listen, and how long a
 * burst of file events must be quiet before it rebuilds.
 */
public record ServeOptions(BuildOptions build, String bind, int port, Duration quiet) {

    public static final Duration DEFAULT_QUIET = Duration.ofMillis(30);

    public ServeOptions(BuildOptions build, String bind, int port) {
        this(build, bind, port, DEFAULT_QUIET);
    }
}
