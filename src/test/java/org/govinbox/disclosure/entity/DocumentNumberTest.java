package org.govinbox.disclosure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 文号: an issuer, the year in 〔 〕, a serial with 号; brackets typed another way are normalised. */
class DocumentNumberTest {

    @Test
    void wellFormedNumbersPass() {
        assertTrue(DocumentNumber.valid("宝渭政字〔2021〕51号"));
        assertTrue(DocumentNumber.valid("宝渭政办发〔2026〕7号"));
        assertTrue(DocumentNumber.valid("国办函〔2020〕109号"));
        assertEquals(2021, DocumentNumber.year("宝渭政字〔2021〕51号"));
    }

    @Test
    void otherBracketsBecomeTheRightOnes() {
        assertEquals("宝渭政字〔2021〕51号", DocumentNumber.normalise("宝渭政字[2021]51号"));
        assertEquals("宝渭政字〔2021〕51号", DocumentNumber.normalise("宝渭政字（2021）51号"));
        assertEquals("宝渭政字〔2021〕51号", DocumentNumber.normalise(" 宝渭政字【2021】 51号 "));
        assertEquals("宝渭政字〔2021〕51号", DocumentNumber.normalise("宝渭政字(2021)51号"));
    }

    @Test
    void aNumberWithoutYearOrSerialFails() {
        assertFalse(DocumentNumber.valid("宝渭政字51号"));
        assertFalse(DocumentNumber.valid("宝渭政字〔21〕51号"));
        assertFalse(DocumentNumber.valid("宝渭政字〔2021〕"));
        assertFalse(DocumentNumber.valid("〔2021〕51号"));
        assertFalse(DocumentNumber.valid(DocumentNumber.normalise("宝渭政字2021年51号")));
    }
}
