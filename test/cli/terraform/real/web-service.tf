# In the shape of MyPureCloud/terraform-provider-genesyscloud (examples/resources/genesyscloud_integration_action/
# simplest_resource.tf): a web services action (absolute URL), which the Platform API rules leave alone.
resource "genesyscloud_integration" "example_gc_data_integration" {
  intended_state   = "ENABLED"
  integration_type = "custom-rest-actions"
  config {
    name = "Example Web Services Integration"
  }
}

resource "genesyscloud_integration_action" "example_action" {
  name                   = "Example Action"
  category               = "Genesys Cloud Data Action"
  integration_id         = genesyscloud_integration.example_gc_data_integration.id
  secure                 = true
  config_timeout_seconds = 20
  contract_input = jsonencode({
    "type"       = "object",
    "required"   = ["examplestr"],
    "properties" = { "examplestr" = { "type" = "string" } }
  })
  contract_output = jsonencode({ "type" = "object" })
  config_request {
    request_url_template = "https://www.example.com/health/check/services/$${input.service}"
    request_type         = "GET"
    request_template     = "$${input.rawRequest}"
    headers = {
      Cache-Control = "no-cache"
    }
  }
}
