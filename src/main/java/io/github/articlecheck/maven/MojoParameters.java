package io.github.articlecheck.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;

/**
 * A goal's parameters as Maven injected them, carried to a forked JVM: every field the goal's classes declare, by
 * name. The forked JVM sets them on a new instance of the same class and runs the same code, so a check run in a fork
 * is the check run in Maven, parameter for parameter. Read back with a filter that accepts only JDK types and this
 * package's parameter classes (nothing else can be deserialized, whatever the file holds).
 */
final class MojoParameters {
    private static final ObjectInputFilter ACCEPTED = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;java.base/*;io.github.articlecheck.maven.*;!*");

    private MojoParameters() {
    }

    /** Writes the fields of {@code mojo}'s classes, from its own class up to (without) AbstractMojo. */
    static void write(AbstractMojo mojo, Path file) throws IOException {
        HashMap<String, Object> values = new HashMap<>();
        try {
            for (Field field : fields(mojo.getClass())) {
                Object value = field.get(mojo);
                if (value != null && !(value instanceof Serializable)) {
                    throw new IOException("parameter " + field.getName() + " (" + value.getClass().getName()
                            + ") cannot be carried to a forked JVM");
                }
                values.put(key(field), value);
            }
        } catch (IllegalAccessException e) {
            throw new IOException(e);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(values);
        }
    }

    /** Sets the fields written by {@link #write} on {@code mojo}, an instance of the same class. */
    static void read(Path file, AbstractMojo mojo) throws IOException {
        Map<?, ?> values;
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(ACCEPTED);
            values = (Map<?, ?>) objects.readObject();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("unreadable parameters in " + file + ": " + e.getMessage(), e);
        }
        try {
            for (Field field : fields(mojo.getClass())) {
                if (values.containsKey(key(field))) {
                    field.set(mojo, values.get(key(field)));
                }
            }
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new IOException("parameters in " + file + " do not fit " + mojo.getClass().getName(), e);
        }
    }

    private static String key(Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName();
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != AbstractMojo.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
