package org.govinbox.platform.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types people may upload, recognised by their content, never by name or declared type: images and PDF
 * by their first bytes; Word and Excel documents (OOXML) as ZIP archives holding {@code word/document.xml} or
 * {@code xl/workbook.xml}. Each component decides which of these it accepts.
 */
public final class FileTypes {

    private FileTypes() {
    }

    public static Optional<String> detect(byte[] content) {
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(content, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (starts(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (content.length >= 12 && starts(content, 'R', 'I', 'F', 'F')
                && content[8] == 'W' && content[9] == 'E' && content[10] == 'B' && content[11] == 'P') {
            return Optional.of("image/webp");
        }
        if (starts(content, 'P', 'K', 3, 4)) {
            return officeDocument(content);
        }
        return Optional.empty();
    }

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * A safe file name from the URL-encoded name an upload claims (no control characters, no path, at most 200
     * characters); a generic name with the detected type's extension when none is usable.
     */
    public static String filename(String encoded, String mediaType) {
        String name;
        try {
            name = encoded == null ? "" : URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            name = "";
        }
        name = name.replaceAll("[\\p{Cntrl}/\\\\]", "").trim();
        if (name.isEmpty()) {
            name = "附件" + switch (mediaType) {
                case "application/pdf" -> ".pdf";
                case DOCX -> ".docx";
                case XLSX -> ".xlsx";
                case "image/png" -> ".png";
                case "image/gif" -> ".gif";
                case "image/webp" -> ".webp";
                default -> ".jpg";
            };
        }
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    private static Optional<String> officeDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 2000) {
                if (entry.getName().equals("word/document.xml")) {
                    return Optional.of(DOCX);
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    return Optional.of(XLSX);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a readable archive: not a document we accept
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
