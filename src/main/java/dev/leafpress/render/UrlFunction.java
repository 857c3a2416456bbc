package dev.leafpress.render;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/** {@code url('theme/style.css')} → {@code /blog/theme/style.css}: site paths with the base path. */
final class UrlFunction implements Function {

    private final String basePath;

    UrlFunction(String basePath) {
        this.basePath = basePath;
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("path");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        Object path = args.get("path");
        String text = path == null ? "" : path.toString();
        while (text.startsWith("/")) {
            text = text.substring(1);
        }
        return basePath + text;
    }
}
