package org.govinbox.notification.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * Mail templates (zh-CN, UTF-8 properties: {@code NAME.subject}, {@code NAME.body}) in the classpath resource each
 * component names — a case type keeps its own ({@code mailbox/templates.properties}).
 */
public final class Templates {

    /** A filled-in mail. */
    public record Mail(String subject, String body) {
    }

    private static final java.util.Map<String, Properties> BUNDLES = new java.util.concurrent.ConcurrentHashMap<>();

    private Templates() {
    }

    public static Mail fill(String bundle, String template, Object... arguments) {
        Properties templates = BUNDLES.computeIfAbsent(bundle, Templates::load);
        String subject = templates.getProperty(template + ".subject");
        String body = templates.getProperty(template + ".body");
        if (subject == null || body == null) {
            throw new IllegalArgumentException("no mail template " + template + " in " + bundle);
        }
        return new Mail(format(subject, arguments), format(body, arguments));
    }

    private static String format(String pattern, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = arguments[i] == null ? "" : String.valueOf(arguments[i]); // no "1,234" for numbers
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.SIMPLIFIED_CHINESE).format(texts);
    }

    private static Properties load(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(bundle)) {
            if (in == null) {
                throw new IllegalArgumentException("no mail templates " + bundle);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
