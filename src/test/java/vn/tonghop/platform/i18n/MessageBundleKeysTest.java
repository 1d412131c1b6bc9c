package vn.tonghop.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every Qute message bundle of the code base, found by scanning the compiled classes (so bundles that features add
 * later are covered too), has the same keys in Vietnamese (the interface's {@code @Message} methods) and in English
 * ({@code messages/<bundle>_en.properties}, or an {@code @Localized("en")} interface).
 */
class MessageBundleKeysTest {

    /** A bundle interface and its name ({msg:…}, {tpl:…}). */
    record Bundle(Class<?> type, String name) {
    }

    static Path classesRoot() {
        try {
            return Path.of(AppMessages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Class<?>> compiledClasses() throws IOException {
        Path root = classesRoot();
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                try {
                    out.add(Class.forName(name, false, MessageBundleKeysTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    // generated or optional classes that do not load outside Quarkus are not bundles
                }
            }
        }
        return out;
    }

    static List<Bundle> bundles() throws IOException {
        return compiledClasses().stream().filter(Class::isInterface)
                .filter(c -> c.isAnnotationPresent(MessageBundle.class)).map(c -> new Bundle(c, name(c))).toList();
    }

    static String name(Class<?> type) {
        String value = type.getAnnotation(MessageBundle.class).value();
        if (value.equals(MessageBundle.DEFAULTED_NAME) || value.isEmpty()) {
            return MessageBundle.DEFAULT_NAME;
        }
        return value;
    }

    /** Keys as Qute names them: {@code @Message(key)} when given, else the method name. */
    static Set<String> keysOf(Class<?> type) {
        Set<String> keys = new TreeSet<>();
        for (Method m : type.getDeclaredMethods()) {
            if (m.isSynthetic() || Modifier.isStatic(m.getModifiers()) || m.isDefault()) {
                continue;
            }
            Message message = m.getAnnotation(Message.class);
            String key = message == null ? Message.ELEMENT_NAME : message.key();
            keys.add(switch (key) {
                case Message.DEFAULT_NAME, Message.ELEMENT_NAME -> m.getName();
                case Message.HYPHENATED_ELEMENT_NAME ->
                        m.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
                case Message.UNDERSCORED_ELEMENT_NAME ->
                        m.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
                default -> key;
            });
        }
        return keys;
    }

    static Properties english(Bundle bundle) throws IOException {
        String resource = "messages/" + bundle.name() + "_en.properties";
        try (InputStream in = MessageBundleKeysTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            return p;
        }
    }

    @Test
    void theScanFindsTheKnownBundles() throws IOException {
        List<String> names = bundles().stream().map(Bundle::name).toList();
        assertTrue(names.contains("msg"), names.toString());
        assertTrue(names.contains("tpl"), names.toString());
    }

    @TestFactory
    Stream<DynamicTest> vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        List<Class<?>> classes = compiledClasses();
        return bundles().stream()
                .map(bundle -> DynamicTest.dynamicTest(bundle.name() + " (" + bundle.type().getName() + ")", () -> {
                    Set<String> vietnamese = keysOf(bundle.type());
                    assertFalse(vietnamese.isEmpty(), "no messages in " + bundle.type().getName());
                    Set<String> english = new TreeSet<>();
                    Properties file = english(bundle);
                    if (file != null) {
                        file.stringPropertyNames().forEach(english::add);
                        for (String key : english) {
                            assertFalse(file.getProperty(key).isBlank(),
                                    "messages/" + bundle.name() + "_en.properties: empty value for " + key);
                        }
                    }
                    classes.stream()
                            .filter(c -> c.isInterface() && bundle.type().isAssignableFrom(c) && c != bundle.type()
                                    && c.isAnnotationPresent(Localized.class)
                                    && c.getAnnotation(Localized.class).value().startsWith("en"))
                            .forEach(c -> english.addAll(keysOf(c)));
                    if (file == null && english.isEmpty()) {
                        fail("no English for bundle '" + bundle.name() + "': add messages/" + bundle.name()
                                + "_en.properties");
                    }
                    Set<String> missingInEnglish = new TreeSet<>(vietnamese);
                    missingInEnglish.removeAll(english);
                    Set<String> unknownInEnglish = new TreeSet<>(english);
                    unknownInEnglish.removeAll(vietnamese);
                    assertEquals("",
                            (missingInEnglish.isEmpty() ? ""
                                    : "missing in messages/" + bundle.name() + "_en.properties: " + missingInEnglish
                                            + "; ")
                                    + (unknownInEnglish.isEmpty() ? ""
                                            : "in messages/" + bundle.name() + "_en.properties but not in "
                                                    + bundle.type().getSimpleName() + ": " + unknownInEnglish),
                            "keys of bundle '" + bundle.name() + "' differ");
                }));
    }

    /** An English file whose bundle was renamed or removed would be silently ignored. */
    @Test
    void everyEnglishFileBelongsToABundle() throws IOException {
        Set<String> names = new TreeSet<>(bundles().stream().map(Bundle::name).toList());
        Path dir = classesRoot().resolve("messages");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String file = f.getFileName().toString();
                if (file.endsWith("_en.properties")) {
                    String bundle = file.substring(0, file.length() - "_en.properties".length());
                    assertTrue(names.contains(bundle), "messages/" + file + " has no @MessageBundle(\"" + bundle
                            + "\") interface; bundles: " + names);
                }
            }
        }
    }
}
