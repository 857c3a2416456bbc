package dev.leafpress.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.core.DateFilter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.DateTimeException;
import java.util.List;
import java.util.Map;

/**
 * Pebble's {@code date} filter, with a bad pattern ({@code date("%b %d, %Y")}, strftime habits)
 * reported at its template line: Pebble lets Java's exception through, which read as a Leafpress bug.
 */
final class CheckedDateFilter implements Filter {

    private final DateFilter pebble = new DateFilter();

    @Override
    public List<String> getArgumentNames() {
        return pebble.getArgumentNames();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                        int lineNumber) {
        try {
            return pebble.apply(input, args, self, context, lineNumber);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new PebbleException(e, "invalid pattern '" + args.get("format") + "' in the date filter: "
                    + e.getMessage() + " (write it with Java's DateTimeFormatter letters, as date_format in"
                    + " site.yaml, for example \"d MMM yyyy\")", lineNumber, self.getName());
        }
    }
}
