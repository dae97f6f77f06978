package org.onevisit.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Form backing objects of the login pages (never bound to an aggregate). */
final class LoginForms {

  private LoginForms() {}

  /** 个人登录: ID number and the mobile number registered with it. */
  public static class CitizenLogin {
    @NotBlank(message = "{identity.login.idNumber.required}")
    private String idNumber = "";

    @NotBlank(message = "{identity.login.mobile.required}")
    @Pattern(regexp = "\\s*(1[3-9]\\d{9})?\\s*", message = "{identity.login.mobile.invalid}")
    private String mobile = "";

    public String getIdNumber() {
      return idNumber;
    }

    public void setIdNumber(String idNumber) {
      this.idNumber = idNumber;
    }

    public String getMobile() {
      return mobile;
    }

    public void setMobile(String mobile) {
      this.mobile = mobile;
    }
  }

  /** 法人登录: credit code, the representative's ID number and mobile. */
  public static class EnterpriseLogin extends CitizenLogin {
    @NotBlank(message = "{identity.enterprise.creditCode.required}")
    private String creditCode = "";

    public String getCreditCode() {
      return creditCode;
    }

    public void setCreditCode(String creditCode) {
      this.creditCode = creditCode;
    }
  }

  /** The one-time code. */
  public static class Code {
    @NotBlank(message = "{identity.code.required}")
    @Pattern(regexp = "\\s*(\\d{6})?\\s*", message = "{identity.code.format}")
    private String code = "";

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }
  }
}
