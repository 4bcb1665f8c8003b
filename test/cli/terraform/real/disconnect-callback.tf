# In the shape of GenesysCloudDevOps/public-api-disconnect-callback-conversation-data-action-module (main.tf):
# a PATCH data action whose body is partial, its path parameter in a case of its own.
variable "integration_id" {
  type = string
}

resource "genesyscloud_integration_action" "action" {
  name           = "Disconnect Callback Conversation"
  category       = "Genesys Cloud Data Actions"
  integration_id = var.integration_id
  secure         = false

  contract_input = jsonencode({
    "additionalProperties" = true,
    "properties" = {
      "ConversationId" = {
        "type" = "string"
      }
    },
    "type" = "object"
  })
  contract_output = jsonencode({
    "additionalProperties" = true,
    "properties"           = {},
    "type"                 = "object"
  })

  config_request {
    request_template     = "{ \"state\": \"disconnected\" }"
    request_type         = "PATCH"
    request_url_template = "/api/v2/conversations/callbacks/$${input.ConversationId}"
  }

  config_response {
    success_template = "$${rawResult}"
  }
}
