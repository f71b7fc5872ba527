package org.govinbox.disclosure.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** D5: bodies keep their structure and lose everything that could run. */
class HtmlSafetyTest {

    @Test
    void scriptsStylesAndHandlersAreGone() {
        String safe = HtmlSafety.sanitise("<p onclick=\"steal()\">正文<script>alert(1)</script></p><style>p{}</style>"
                + "<iframe src=\"https://x\"></iframe><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">链接</a>");
        assertFalse(safe.contains("script"), safe);
        assertFalse(safe.contains("onclick"), safe);
        assertFalse(safe.contains("onerror"), safe);
        assertFalse(safe.contains("iframe"), safe);
        assertFalse(safe.contains("javascript"), safe);
        assertFalse(safe.contains("<style"), safe);
        assertTrue(safe.contains("<p>正文</p>"), safe);
    }

    @Test
    void structureIsKept() {
        String html = "<h2>一、总体要求</h2><p>内容<strong>重点</strong></p><ul><li>一</li></ul>"
                + "<table><tbody><tr><td colspan=\"2\">表格</td></tr></tbody></table>";
        assertEquals(html, HtmlSafety.sanitise(html));
        assertEquals("<a href=\"https://www.gov.cn\" rel=\"noopener noreferrer\">国务院</a>",
                HtmlSafety.sanitise("<a href=\"https://www.gov.cn\">国务院</a>"));
    }

    @Test
    void theTextIsWhatAReaderSees() {
        assertEquals("一、总体要求 内容重点", HtmlSafety.text("<h2>一、总体要求</h2><p>内容<b>重点</b></p>"));
        assertEquals("", HtmlSafety.sanitise(null));
    }
}
