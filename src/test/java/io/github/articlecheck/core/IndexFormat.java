package io.github.articlecheck.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import java.util.function.Function;

/** For tests of facts kept in the index: writes with {@link IndexOutput}, reads back with {@link IndexInput}. */
public final class IndexFormat {
    private IndexFormat() {
    }

    public static <T> T roundTrip(Consumer<IndexOutput> writer, Function<IndexInput, T> reader) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IndexOutput out = new IndexOutput(bytes);
        writer.accept(out);
        out.flush();
        IndexInput in = new IndexInput(new ByteArrayInputStream(bytes.toByteArray()));
        T value = reader.apply(in);
        if (!in.atEnd()) {
            throw new AssertionError("not everything written was read back");
        }
        return value;
    }
}
