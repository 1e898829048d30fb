package io.github.articlecheck.core;


import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index's binary form: numbers of any size and sign, strings written once, damage detected. */
class IndexFormatTest {

    private static byte[] written(java.util.function.Consumer<IndexOutput> writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IndexOutput out = new IndexOutput(bytes);
        writer.accept(out);
        out.flush();
        return bytes.toByteArray();
    }

    @Test
    void numbersAndStringsReadBackAsWritten() {
        String big = "é".repeat(70_000); // longer than the buffers, multi-byte
        byte[] bytes = written(out -> {
            out.writeInt(0);
            out.writeInt(-1);
            out.writeInt(Integer.MAX_VALUE);
            out.writeInt(Integer.MIN_VALUE);
            out.writeLong(1_795_906_515_094L);
            out.writeLong(Long.MIN_VALUE);
            out.writeBoolean(true);
            out.writeString("https://example.org/a");
            out.writeString(big);
            out.writeString("https://example.org/a");
            out.writeString("");
        });
        IndexInput in = new IndexInput(new ByteArrayInputStream(bytes));
        assertEquals(0, in.readInt());
        assertEquals(-1, in.readInt());
        assertEquals(Integer.MAX_VALUE, in.readInt());
        assertEquals(Integer.MIN_VALUE, in.readInt());
        assertEquals(1_795_906_515_094L, in.readLong());
        assertEquals(Long.MIN_VALUE, in.readLong());
        assertTrue(in.readBoolean());
        String first = in.readString();
        assertEquals("https://example.org/a", first);
        assertEquals(big, in.readString());
        assertTrue(first == in.readString(), "a repeated string is read once and shared");
        assertEquals("", in.readString());
        assertTrue(in.atEnd());
    }

    @Test
    void aRepeatedStringCostsOneOrTwoBytes() {
        String url = "https://example.org/ressources/1";
        int once = written(out -> out.writeString(url)).length;
        int twice = written(out -> {
            out.writeString(url);
            out.writeString(url);
        }).length;
        assertEquals(1, twice - once);
    }

    @Test
    void damageIsAnErrorNotALoop() {
        byte[] string = written(out -> out.writeString("abcdef"));
        IndexInput truncated = new IndexInput(new ByteArrayInputStream(java.util.Arrays.copyOf(string, 3)));
        assertTrue(assertThrows(IllegalStateException.class, truncated::readString).getMessage().contains("truncated"));

        IndexInput unknownReference = new IndexInput(new ByteArrayInputStream(written(out -> out.writeInt(5))));
        assertTrue(assertThrows(IllegalStateException.class, unknownReference::readString).getMessage().contains("unknown string"));

        byte[] endless = new byte[20];
        java.util.Arrays.fill(endless, (byte) 0xFF);
        IndexInput tooLong = new IndexInput(new ByteArrayInputStream(endless));
        assertTrue(assertThrows(IllegalStateException.class, tooLong::readLong).getMessage().contains("too long"));
        assertFalse(new IndexInput(new ByteArrayInputStream(endless)).atEnd());
    }
}
