package org.govinbox.notification.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The zh-CN mail templates in {@code notification/templates.properties} (UTF-8). */
public final class Templates {

    /** A filled-in mail. */
    public record Mail(String subject, String body) {
    }

    private static final Properties TEMPLATES = load();

    private Templates() {
    }

    public static Mail fill(String template, Object... arguments) {
        String subject = TEMPLATES.getProperty(template + ".subject");
        String body = TEMPLATES.getProperty(template + ".body");
        if (subject == null || body == null) {
            throw new IllegalArgumentException("no mail template " + template);
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

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream("notification/templates.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
