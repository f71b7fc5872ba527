package org.govinbox.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    @Test
    void recognisedByContentNotByName() {
        assertEquals(Optional.of("image/png"), FileTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
        assertEquals(Optional.of("image/jpeg"), FileTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(Optional.of("application/pdf"), FileTypes.detect("%PDF-1.7\n".getBytes()));
        assertEquals(Optional.of("image/webp"), FileTypes.detect("RIFF\0\0\0\0WEBPVP8 ".getBytes()));
        assertEquals(Optional.empty(), FileTypes.detect("<html><script>alert(1)</script>".getBytes()));
        assertEquals(Optional.empty(), FileTypes.detect("MZ executable".getBytes()));
        assertEquals(Optional.empty(), FileTypes.detect(new byte[0]));
    }
}
