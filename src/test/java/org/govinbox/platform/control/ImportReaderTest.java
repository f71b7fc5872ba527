package org.govinbox.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Rows of CSV (UTF-8 with or without BOM, GB18030) and XLSX files, numbered as the spreadsheet shows them. */
class ImportReaderTest {

    private static List<String> rows(byte[] content, boolean xlsx) {
        List<String> rows = new ArrayList<>();
        ImportReader.read(content, xlsx, (number, cells) -> rows.add(number + ":" + String.join("|", cells)));
        return rows;
    }

    @Test
    void csvInUtf8WithBomAndQuotedCommas() {
        byte[] csv = ("\uFEFF标题,文号,正文\n关于某事的通知,\"宝渭政字〔2021〕51号\",\"第一段，含逗号, and more\"\n")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("1:标题|文号|正文", "2:关于某事的通知|宝渭政字〔2021〕51号|第一段，含逗号, and more"), rows(csv, false));
    }

    @Test
    void csvSavedByChineseExcelInGb18030() {
        byte[] csv = "标题,发布机构\n关于某事的通知,区政府办公室\n".getBytes(Charset.forName("GB18030"));
        assertEquals(List.of("1:标题|发布机构", "2:关于某事的通知|区政府办公室"), rows(csv, false));
    }

    @Test
    void xlsxWithDateCellsAndGaps() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("目录");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("标题");
            header.createCell(1).setCellValue("成文日期");
            header.createCell(2).setCellValue("关键词");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("关于某事的通知");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            row.createCell(1).setCellValue(LocalDate.of(2021, 12, 15));
            row.getCell(1).setCellStyle(date);
            sheet.createRow(2).createCell(2).setCellValue("只有关键词");
            sheet.createRow(3).createCell(0).setCellValue(51);
            workbook.write(out);
            assertEquals(List.of("1:标题|成文日期|关键词", "2:关于某事的通知|2021-12-15", "3:||只有关键词", "4:51"),
                    rows(out.toByteArray(), true));
        }
    }

    @Test
    void dateFormatsAreToldFromNumberFormats() {
        assertEquals(true, ImportReader.isDateFormat(14, "m/d/yy"));
        assertEquals(true, ImportReader.isDateFormat(176, "yyyy\"年\"m\"月\"d\"日\""));
        assertEquals(true, ImportReader.isDateFormat(165, "yyyy-mm-dd"));
        assertEquals(false, ImportReader.isDateFormat(0, "General"));
        assertEquals(false, ImportReader.isDateFormat(170, "0.00"));
        assertEquals(false, ImportReader.isDateFormat(171, "#,##0\"元\""));
    }

    @Test
    void aFileThatIsNoSpreadsheetIsUnreadable() {
        assertThrows(ImportReader.Unreadable.class, () -> rows("PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1), true));
        assertThrows(ImportReader.Unreadable.class, () -> rows(new byte[] {'a', 0, 'b'}, false));
    }
}
