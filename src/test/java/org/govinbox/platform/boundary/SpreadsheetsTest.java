package org.govinbox.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** E1: no cell of an export is a formula a spreadsheet would run; CSV opens in Excel with its Chinese intact. */
class SpreadsheetsTest {

    @Test
    void e1CellsThatASpreadsheetWouldRunAreWrittenAsText() {
        for (String dangerous : List.of("=1+1", "+86 138", "-2+3", "@SUM(A1)", "\\tx".replace("\\t", "\t"), "\rx")) {
            assertEquals("'" + dangerous, Spreadsheets.neutralised(dangerous));
        }
        assertEquals("区住建局", Spreadsheets.neutralised("区住建局"));
        assertEquals("", Spreadsheets.neutralised(""));
    }

    @Test
    void csvHasAByteOrderMarkAndKeepsNumbersAndDatesAsTheyAre() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheets.csv(out, List.of("名称", "数量", "日期"), sink -> {
            sink.accept(Arrays.asList("=cmd|' /C calc'!A0", -3, LocalDate.parse("2026-03-02")));
            sink.accept(Arrays.asList("区教育局", null, null));
        });
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF名称,数量,日期"), csv);
        assertTrue(csv.lines().anyMatch(l -> l.matches("\"?'=cmd\\|' /C calc'!A0\"?,-3,2026-03-02")), csv);
        assertTrue(csv.contains("区教育局,,"), csv);
    }
}
