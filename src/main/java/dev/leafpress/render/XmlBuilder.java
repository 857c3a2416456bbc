package dev.leafpress.render;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a small XML document, indented two spaces per level, escaping done by StAX. Text is
 * cleaned of characters XML 1.0 cannot hold, so no post can make a feed unreadable.
 */
final class XmlBuilder {

    private final Utf8Writer out = new Utf8Writer(8 * 1024);
    private final XMLStreamWriter xml;
    private int depth;
    private boolean hasChildren;

    XmlBuilder() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot create an XML writer", e);
        }
    }

    /** Opens an element; {@code namespace} (or null) becomes its default namespace. */
    XmlBuilder open(String name, String namespace) {
        return run(() -> {
            newLine();
            xml.writeStartElement(name);
            if (namespace != null) {
                xml.writeDefaultNamespace(namespace);
            }
            depth++;
            hasChildren = false;
        });
    }

    XmlBuilder open(String name) {
        return open(name, null);
    }

    /** Adds attributes to the element just opened or written empty: name, value, name, value... */
    XmlBuilder attributes(String... namesAndValues) {
        return run(() -> writeAttributes(namesAndValues));
    }

    private void writeAttributes(String... namesAndValues) throws XMLStreamException {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = namesAndValues[i];
            String value = clean(namesAndValues[i + 1]);
            if (name.startsWith("xml:")) {
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, name.substring(4), value);
            } else {
                xml.writeAttribute(name, value);
            }
        }
    }

    XmlBuilder close() {
        return run(() -> {
            depth--;
            if (hasChildren) {
                newLine();
            }
            xml.writeEndElement();
            hasChildren = true;
        });
    }

    /** {@code <name a="v">text</name>} on one line; attributes as name, value, name, value... */
    XmlBuilder element(String name, String text, String... attributes) {
        return run(() -> {
            newLine();
            xml.writeStartElement(name);
            writeAttributes(attributes);
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
            hasChildren = true;
        });
    }

    /**
     * As {@link #element}, with text already made by {@link #escapedText}: a post's HTML appears in
     * several feeds and is escaped once.
     */
    XmlBuilder escapedElement(String name, String escapedText, String... attributes) {
        return run(() -> {
            newLine();
            xml.writeStartElement(name);
            writeAttributes(attributes);
            xml.writeCharacters("");
            xml.flush();
            out.write(escapedText);
            xml.writeEndElement();
            hasChildren = true;
        });
    }

    /** {@code text} cleaned and escaped as {@link #element} writes it. */
    static String escapedText(String text) {
        String clean = clean(text);
        StringBuilder sb = new StringBuilder(clean.length() + clean.length() / 8);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code <name/>}, to be followed by {@link #attributes}. */
    XmlBuilder empty(String name) {
        return run(() -> {
            newLine();
            xml.writeEmptyElement(name);
            hasChildren = true;
        });
    }

    byte[] bytes() {
        run(() -> {
            xml.writeEndDocument();
            xml.flush();
        });
        out.write("\n");
        return out.toByteArray();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** XML 1.0 allows tab, newline, carriage return and most of Unicode; drop the rest. */
    static String clean(String text) {
        if (allAllowed(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(XmlBuilder::allowed).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** The common case, checked without building a copy; surrogates take the careful path. */
    private static boolean allAllowed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != 0x9 && c != 0xA && c != 0xD : c > 0xD7FF && (c < 0xE000 || c > 0xFFFD)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    private XmlBuilder run(XmlAction action) {
        try {
            action.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
        }
        return this;
    }

    private interface XmlAction {
        void run() throws XMLStreamException;
    }
}
