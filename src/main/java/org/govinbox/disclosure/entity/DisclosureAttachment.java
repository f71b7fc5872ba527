package org.govinbox.disclosure.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file published with an item (PDF, DOCX, XLSX or an image), its type taken from its content. */
@Entity
@Table(name = "disclosure_attachment")
@NamedQuery(name = DisclosureAttachment.OF_ITEM, query = "SELECT NEW org.govinbox.disclosure.entity.DisclosureAttachment$Listed("
        + "a.id, a.filename, a.mediaType, a.sizeBytes) FROM DisclosureAttachment a WHERE a.itemId = :item ORDER BY a.id")
public class DisclosureAttachment {

    public static final String OF_ITEM = "DisclosureAttachment.ofItem";

    /** An attachment without its content, for listing. */
    public record Listed(long id, String filename, String mediaType, int size) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false)
    private String filename;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected DisclosureAttachment() {
    }

    public DisclosureAttachment(long itemId, String filename, String mediaType, byte[] content, Instant uploadedAt) {
        this.itemId = itemId;
        this.filename = filename;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = uploadedAt;
    }

    public Long id() {
        return id;
    }

    public long itemId() {
        return itemId;
    }

    public String filename() {
        return filename;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content;
    }

    public Listed listed() {
        return new Listed(id, filename, mediaType, sizeBytes);
    }
}
