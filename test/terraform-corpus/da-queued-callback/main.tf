# Follows GenesysCloudDevOps/public-api-create-queued-callback-data-action-module, main.tf @ ed9cf5f993bffe23221f446a643f1b4c85099214:
# a Genesys Cloud Data Actions integration action that POSTs a callback on a conversation, the request template
# built with Velocity (`$!{...}` for an optional input). Written for this corpus, not copied.
variable "action_name" {
  type    = string
  default = "Create Queued Callback"
}

resource "genesyscloud_integration" "data_actions" {
  intended_state   = "ENABLED"
  integration_type = "purecloud-data-actions"
  config {
    name = "Corpus Data Actions"
  }
}

resource "genesyscloud_integration_action" "queued_callback" {
  name           = var.action_name
  category       = "Corpus Data Actions"
  integration_id = genesyscloud_integration.data_actions.id
  secure         = false

  contract_input = jsonencode({
    type                 = "object"
    additionalProperties = true
    properties = {
      conversationId = { type = "string" }
      participantId  = { type = "string" }
      phone          = { type = "string" }
      queueId        = { type = "string" }
      scriptId       = { type = "string" }
    }
  })
  contract_output = jsonencode({ type = "object", additionalProperties = true, properties = {} })

  config_request {
    request_type         = "POST"
    request_url_template = "/api/v2/conversations/$${input.conversationId}/participants/$${input.participantId}/callbacks"
    request_template     = "{\"scriptId\": \"$!{input.scriptId}\", \"callbackNumbers\": [\"$${input.phone}\"], \"routingData\": {\"queueId\": \"$${input.queueId}\"}}"
  }

  config_response {
    success_template = "$${rawResult}"
  }
}
