package org.govinbox.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Departments.DepartmentView;
import org.govinbox.accounts.entity.DepartmentKind;
import org.govinbox.accounts.entity.Role;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.platform.boundary.ProblemException;

/** {@code /api/departments}: every staff member reads the list; administrators create and rename. */
@Path("departments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "部门 Departments")
public class DepartmentsResource {

    static final String KINDS = "OFFICE|BUREAU|TOWN|STREET";

    /** A request body (a class, not a record: Payara's OpenAPI scanner fails on constraints on record components). */
    public static class NewDepartment {
        @NotBlank(message = "请填写部门编码")
        @Pattern(regexp = "[A-Za-z0-9_-]{2,32}", message = "部门编码须为 2 到 32 位字母、数字、下划线或连字符")
        public String code;
        @NotBlank(message = "请填写部门名称")
        @Size(max = 100, message = "部门名称不能超过 100 个字符")
        public String name;
        @NotNull(message = "请选择部门类型")
        @Pattern(regexp = KINDS, message = "部门类型须为 OFFICE、BUREAU、TOWN 或 STREET")
        public String kind;
        @jakarta.validation.constraints.Email(message = "邮箱格式不正确")
        @Size(max = 200, message = "邮箱不能超过 200 个字符")
        public String email;
    }

    /** A request body (a class, not a record: Payara's OpenAPI scanner fails on constraints on record components). */
    public static class DepartmentChange {
        @NotBlank(message = "请填写部门名称")
        @Size(max = 100, message = "部门名称不能超过 100 个字符")
        public String name;
        @NotNull(message = "请选择部门类型")
        @Pattern(regexp = KINDS, message = "部门类型须为 OFFICE、BUREAU、TOWN 或 STREET")
        public String kind;
        @jakarta.validation.constraints.Email(message = "邮箱格式不正确")
        @Size(max = 200, message = "邮箱不能超过 200 个字符")
        public String email;
    }

    @Inject
    Departments departments;

    @GET
    @Operation(summary = "部门列表 All departments, by code")
    public List<DepartmentView> all() {
        return departments.all();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "一个部门 One department")
    public DepartmentView one(@PathParam("code") String code) {
        return departments.byCode(code).orElseThrow(() -> ProblemException.notFound("部门 " + code + " 不存在"));
    }

    @POST
    @Allowed(Role.ADMIN)
    @Operation(summary = "新建部门 Create a department", description = "201; 409 when the code is taken")
    public Response create(@Valid @NotNull(message = "请求体不能为空") NewDepartment body) {
        DepartmentView created = departments.create(body.code, body.name, DepartmentKind.valueOf(body.kind), body.email);
        return Response.created(UriBuilder.fromPath("/api/departments/{code}").build(created.code()))
                .entity(created).build();
    }

    @PUT
    @Path("{code}")
    @Allowed(Role.ADMIN)
    @Operation(summary = "修改部门名称或类型 Rename a department (its code never changes)")
    public DepartmentView update(@PathParam("code") String code,
                                 @Valid @NotNull(message = "请求体不能为空") DepartmentChange body) {
        return departments.update(code, body.name, DepartmentKind.valueOf(body.kind), body.email);
    }
}
