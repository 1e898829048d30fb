package io.github.articlecheck.maven;

import io.github.articlecheck.TestArticles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.report.FindingsReport;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;

/** The site page goes through Doxia's sink: a recording sink shows what a site renderer receives. */
class SinkReportDocumentTest {

    @Test
    void rendersSectionsTablesAndTextInOrder() {
        List<String> calls = new ArrayList<>();
        Sink sink = (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class},
                (proxy, method, arguments) -> {
                    calls.add(method.getName().equals("text") ? "text:" + arguments[0] : method.getName());
                    return null;
                });
        EngineResult result = new EngineResult(List.of(TestArticles.finding("content/a.md", 1, 1, "image.alt", Severity.WARNING,
                "image 'x.png' has no alternative text")), 1, 1, List.of());
        FindingsReport.render(TestArticles.ENGLISH, result, new SinkReportDocument(sink));
        assertEquals(List.of("head", "title", "text:articlecheck", "title_", "head_", "body"), calls.subList(0, 6));
        assertTrue(calls.contains("text:content/a.md:1:1"), calls.toString());
        assertTrue(calls.contains("text:image 'x.png' has no alternative text"), calls.toString());
        assertEquals(List.of("section1_", "body_", "flush", "close"), calls.subList(calls.size() - 4, calls.size()));
        assertEquals(calls.stream().filter("section1"::equals).count(), calls.stream().filter("section1_"::equals).count());
    }
}
