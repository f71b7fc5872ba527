package org.govinbox.platform.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Every export, as CSV (UTF-8 with a byte-order mark, so that Excel reads the Chinese) or XLSX, streamed: the rows
 * are written as the producer hands them over, so an export of any size keeps memory flat.
 * <p>
 * E1: a text cell that begins with {@code = + - @}, a tab or a carriage return is written with a leading apostrophe,
 * so that a spreadsheet shows it as text and never runs it as a formula (OWASP "CSV injection"). Numbers are numbers.
 */
public final class Spreadsheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int FLUSH_EVERY = 500;

    /** Hands each row (one value per header; null for an empty cell) to the sink it is given. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(Consumer<List<?>> sink);
    }

    private Spreadsheets() {
    }

    /** The download answer of {@code format} ("csv" or "xlsx", default csv) named {@code name} + today's date. */
    public static Response download(String format, String name, List<String> headers, Rows rows) {
        boolean xlsx = "xlsx".equals(format);
        String filename = name + "-" + LocalDate.now(Clocks.CHINA) + (xlsx ? ".xlsx" : ".csv");
        StreamingOutput body = out -> {
            if (xlsx) {
                xlsx(out, name, headers, rows);
            } else {
                csv(out, headers, rows);
            }
        };
        return Response.ok(body, xlsx ? XLSX : "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"export" + (xlsx ? ".xlsx" : ".csv")
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    /** E1 */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    static void csv(OutputStream out, List<String> headers, Rows rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(headers.stream().map(Spreadsheets::neutralised).toList());
        try {
            rows.writeTo(row -> {
                try {
                    printer.printRecord(row.stream().map(Spreadsheets::csvCell).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private static Object csvCell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Number || value instanceof Temporal ? value.toString() : neutralised(value.toString());
    }

    static void xlsx(OutputStream out, String sheet, List<String> headers, Rows rows) throws IOException {
        Workbook workbook = new Workbook(out, "GovInbox", "1.0");
        Worksheet ws = workbook.newWorksheet(sheet.length() > 31 ? sheet.substring(0, 31) : sheet);
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, neutralised(headers.get(c)));
            ws.style(0, c).bold().set();
        }
        int[] r = {1};
        try {
            rows.writeTo(row -> {
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        ws.value(r[0], c, n);
                    } else if (v instanceof LocalDate d) {
                        ws.value(r[0], c, d);
                        ws.style(r[0], c).format("yyyy-mm-dd").set();
                    } else if (v != null) {
                        ws.value(r[0], c, neutralised(v.toString()));
                    }
                }
                if (++r[0] % FLUSH_EVERY == 0) {
                    try {
                        ws.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        workbook.finish();
    }
}
