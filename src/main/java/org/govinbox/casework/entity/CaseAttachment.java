package org.govinbox.casework.entity;

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
import org.govinbox.platform.entity.Refused;

/**
 * A file a submitter attached (an image or a PDF, its type checked by content). Uploaded first under a random
 * token, then claimed by the case it belongs to; only staff who may see the case can read it.
 */
@Entity
@Table(name = "case_attachment")
@NamedQuery(name = CaseAttachment.BY_TOKEN, query = "SELECT a FROM CaseAttachment a WHERE a.uploadToken = :token")
@NamedQuery(name = CaseAttachment.OF_CASE, query = "SELECT a FROM CaseAttachment a WHERE a.caseId = :case ORDER BY a.id")
public class CaseAttachment {

    public static final String BY_TOKEN = "CaseAttachment.byToken";
    public static final String OF_CASE = "CaseAttachment.ofCase";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "upload_token", nullable = false, unique = true)
    private String uploadToken;

    @Column(nullable = false)
    private String filename;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** U1: a hash of the address an anonymous upload came from (never the address); null for staff. */
    private String uploader;

    protected CaseAttachment() {
    }

    public CaseAttachment(String uploadToken, String filename, String mediaType, byte[] content, Instant uploadedAt) {
        this.uploadToken = uploadToken;
        this.filename = filename;
        this.mediaType = mediaType;
        this.content = content;
        this.size = content.length;
        this.uploadedAt = uploadedAt;
    }

    public CaseAttachment(String uploadToken, String filename, String mediaType, byte[] content, Instant uploadedAt,
                          String uploader) {
        this(uploadToken, filename, mediaType, content, uploadedAt);
        this.uploader = uploader;
    }

    public void claim(long caseId) {
        if (this.caseId != null) {
            throw new Refused("附件已属于另一件事项");
        }
        this.caseId = caseId;
    }

    public Long id() { return id; }
    public Long caseId() { return caseId; }
    public String filename() { return filename; }
    public String mediaType() { return mediaType; }
    public int size() { return size; }
    public byte[] content() { return content; }
}
