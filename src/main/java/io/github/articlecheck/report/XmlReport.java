package io.github.articlecheck.report;

import io.github.articlecheck.core.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** What the XML reports (Checkstyle, JUnit) share: the document around their root element, written atomically. */
final class XmlReport {
    /** Writes the root element and what it holds. */
    interface Root {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlReport() {
    }

    static void write(Path target, Root root) throws IOException {
        AtomicFiles.write(target, writer -> {
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeCharacters("\n");
                root.write(xml);
                xml.writeCharacters("\n");
                xml.writeEndDocument();
                xml.close();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
            }
        });
    }
}
