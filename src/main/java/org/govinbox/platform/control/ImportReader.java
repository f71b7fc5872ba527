package org.govinbox.platform.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the rows of a bulk-import file, streaming: CSV (UTF-8, with or without BOM, or GB18030 as Excel in Chinese
 * saves it) or the first sheet of an XLSX workbook (dates in date-formatted cells come out as YYYY-MM-DD).
 * Row numbers are the ones the user sees in their spreadsheet (the header is row 1).
 */
public final class ImportReader {

    /** Receives each row (header included) with its 1-based number. */
    public interface Rows {
        void row(int number, List<String> cells);
    }

    /** The file cannot be read as a spreadsheet at all. */
    public static class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }

    private ImportReader() {
    }

    public static void read(byte[] content, boolean xlsx, Rows rows) {
        if (xlsx) {
            readXlsx(content, rows);
        } else {
            readCsv(decode(content), rows);
        }
    }

    static String decode(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(content, offset, content.length - offset, Charset.forName("GB18030"));
        }
    }

    private static void readCsv(String text, Rows rows) {
        if (text.indexOf('\0') >= 0) {
            throw new Unreadable("文件不是 CSV 文本或 XLSX 表格");
        }
        try (Reader reader = new StringReader(text);
             CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                rows.row((int) record.getRecordNumber(), cells);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new Unreadable("CSV 文件格式不正确：" + e.getMessage());
        }
    }

    private static void readXlsx(byte[] content, Rows rows) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.forEach(row -> {
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    rows.row(row.getRowNum(), cells);
                }
            });
        } catch (IOException | UncheckedIOException | ExcelReaderException | IllegalStateException e) {
            throw new Unreadable("XLSX 文件无法读取：" + e.getMessage());
        }
    }

    /** A cell as shown, except dates (numbers in a date format), which come out as YYYY-MM-DD. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER && isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            return cell.asDate().toLocalDate().toString();
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    /** Excel's built-in date formats, and custom ones with y, m, d or 年/月/日 outside quotes and brackets. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
        return bare.matches(".*[ymd].*") && !bare.contains("0") && !bare.contains("#") || format.matches(".*[年月日].*")
                && format.replaceAll("\"[^\"]*\"", "").matches(".*[ymdYMD].*");
    }

    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

    /** A date as files write it: 2021-12-15, 2021/12/15, 2021.12.15 or 2021年12月15日; null when it is none. */
    public static java.time.LocalDate date(String value) {
        java.util.regex.Matcher m = value == null ? null : DATE.matcher(value.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        try {
            return java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
