<#outputformat "plainText">
<#assign requiredActionsText><#if requiredActions??><#list requiredActions><#items as reqActionItem>${msg("requiredAction.${reqActionItem}")}<#sep>, </#sep></#items></#list></#if></#assign>
</#outputformat>

<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("datelineActionsBodyHtml", (user.firstName)!"", link, linkExpirationFormatter(linkExpiration), requiredActionsText))?no_esc}
</@layout.emailLayout>
