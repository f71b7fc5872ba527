package org.govinbox.disclosure.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

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
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Unreadable("CSV 文件格式不正确：" + e.getMessage());
        }
    }

    private static void readXlsx(byte[] content, Rows rows) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable("表格中没有工作表");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new SheetRows(rows), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | org.apache.poi.ooxml.POIXMLException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new Unreadable("XLSX 文件无法读取：" + e.getMessage());
        }
    }

    /** Collects the cells of each row, filling the gaps of empty cells. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private List<String> cells;
        private int number;

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            number = rowNum + 1;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                rows.row(number, cells);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Formats cells as shown, except dates, which come out as ISO dates whatever their display format. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getJavaDate(value, use1904, java.util.TimeZone.getTimeZone(ZoneOffset.UTC))
                        .toInstant().atZone(ZoneOffset.UTC).toLocalDate();
                return date.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
