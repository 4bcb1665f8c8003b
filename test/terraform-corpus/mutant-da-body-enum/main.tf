# Follows GenesysCloudDevOps/public-api-disconnect-callback-conversation-data-action-module, main.tf @ 992964ec2eddc6d578665d9850a09c0d002af4b3:
# a PATCH with a partial body (`state` only; the body model's `required` describes the entity, not the request)
# and a lower-case enum value. Written for this corpus, not copied.
resource "genesyscloud_integration" "data_actions" {
  intended_state   = "ENABLED"
  integration_type = "purecloud-data-actions"
  config {
    name = "Corpus Callback Actions"
  }
}

resource "genesyscloud_integration_action" "disconnect_callback" {
  name            = "Disconnect Callback"
  category        = "Corpus Callback Actions"
  integration_id  = genesyscloud_integration.data_actions.id
  contract_input  = jsonencode({ type = "object", additionalProperties = true, properties = { ConversationId = { type = "string" } } })
  contract_output = jsonencode({ type = "object", additionalProperties = true, properties = {} })

  # Planted defect: hangup is not a conversation state (disconnected is).
  config_request {
    request_type         = "PATCH"
    request_url_template = "/api/v2/conversations/callbacks/$${input.ConversationId}"
    request_template     = "{ \"state\": \"hangup\" }"
  }

  config_response {
    success_template = "$${rawResult}"
  }
}
