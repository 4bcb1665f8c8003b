# Follows GenesysCloudDevOps/public-api-set-participant-attribute-data-action-module, main.tf @ 16f535111850ae9d396429cec14bc8198c5881f5:
# a PATCH of participant attributes whose KEY comes from the input (a free-form map). Written for this corpus, not copied.
locals {
  category = "Corpus Participant Actions"
}

resource "genesyscloud_integration" "data_actions" {
  intended_state   = "ENABLED"
  integration_type = "purecloud-data-actions"
  config {
    name = local.category
  }
}

resource "genesyscloud_integration_action" "set_attribute" {
  name           = "Set Participant Attribute"
  category       = local.category
  integration_id = genesyscloud_integration.data_actions.id
  secure         = true

  contract_input = jsonencode({
    type                 = "object"
    additionalProperties = true
    properties = {
      conversationId = { type = "string" }
      participantId  = { type = "string" }
      key            = { type = "string" }
      value          = { type = "string" }
    }
  })
  contract_output = jsonencode({ type = "object", additionalProperties = true, properties = {} })

  config_request {
    request_type         = "PATCH"
    request_url_template = "/api/v2/conversations/$${input.conversationId}/participants/$${input.participantId}/attributes"
    request_template     = "{\"attributes\": {\"$${input.key}\": \"$!{input.value}\"}}"
  }

  config_response {
    success_template = "$${rawResult}"
  }
}
