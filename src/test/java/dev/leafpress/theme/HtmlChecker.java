package dev.leafpress.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (the engine behind validator.w3.org/nu) used as a library. */
final class HtmlChecker {

    /** The checker's default schema: HTML with SVG, MathML and RDFa Lite. */
    private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    private final Collector collector = new Collector();

    HtmlChecker() throws Exception {
        validator.setUpMainSchema(SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    /** The errors in one HTML file, each as {@code line:column: message}; empty when valid. */
    List<String> errors(Path file) throws IOException, SAXException {
        collector.errors.clear();
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            validator.checkHtmlInputSource(source);
        }
        return List.copyOf(collector.errors);
    }

    /** Keeps errors and fatal errors; warnings and info messages do not make a page invalid. */
    private static final class Collector implements ErrorHandler {
        private final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
