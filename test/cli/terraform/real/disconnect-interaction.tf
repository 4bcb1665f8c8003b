# In the shape of GenesysCloudBlueprints/ani-blacklist (terraform/modules/actions/disconnect-interaction/
# disconnect-interaction.tf): the default template sends the input to an operation that takes no body.
resource "genesyscloud_integration_action" "disconnect" {
  name           = "Disconnect Interaction"
  category       = "Genesys Cloud Data Actions"
  integration_id = var.integration_id
  contract_input = jsonencode({
    "type" = "object",
    "properties" = {
      "conversationId" = {
        "type" = "string"
      }
    }
  })
  contract_output = jsonencode({
    "type"       = "object",
    "properties" = {}
  })
  config_request {
    # Use '$${' to indicate a literal '${' in template strings.
    request_url_template = "/api/v2/conversations/$${input.conversationId}/disconnect"
    request_type         = "POST"
    request_template     = "$${input.rawRequest}"
    headers              = {}
  }
  config_response {
    translation_map          = {}
    translation_map_defaults = {}
    success_template         = "$${rawResult}"
  }
}
