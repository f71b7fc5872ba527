package org.govinbox.inquiry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.govinbox.casework.boundary.Cases;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.platform.boundary.Public;

/** {@code /api/test-inquiries}: the test type's own public boundary — submitting an inquiry. */
@Path("test-inquiries")
@Public
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InquiriesResource {

    public static class Inquiry {
        @NotBlank(message = "请填写标题")
        public String title;
        @NotBlank(message = "请填写内容")
        public String content;
        @NotBlank(message = "请填写姓名")
        public String name;
        public String email;
    }

    @Inject
    Cases cases;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@Valid Inquiry inquiry) {
        Cases.Receipt receipt = cases.receive(new Case.Submission(InquiryType.CODE, "WEB", "GENERAL", inquiry.title, inquiry.content),
                List.of(new CaseParty.Details("INQUIRER", inquiry.name, null, inquiry.email, null, false)),
                null, List.of(), "RECEIPT", inquiry.name, inquiry.title);
        return Response.status(201).entity(receipt).build();
    }
}
