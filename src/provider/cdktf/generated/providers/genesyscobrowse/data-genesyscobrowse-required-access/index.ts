// https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs/data-sources/required_access
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataGenesyscobrowseRequiredAccessConfig extends cdktf.TerraformMetaArguments {
  /**
  * Operations as `METHOD /api/v2/path` or operationId.
  *
  * Docs at Terraform Registry: {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs/data-sources/required_access#operations DataGenesyscobrowseRequiredAccess#operations}
  */
  readonly operations: string[];
}
export interface DataGenesyscobrowseRequiredAccessPermissionPolicies {
}

export function dataGenesyscobrowseRequiredAccessPermissionPoliciesToTerraform(struct?: DataGenesyscobrowseRequiredAccessPermissionPolicies): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataGenesyscobrowseRequiredAccessPermissionPoliciesToHclTerraform(struct?: DataGenesyscobrowseRequiredAccessPermissionPolicies): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataGenesyscobrowseRequiredAccessPermissionPoliciesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataGenesyscobrowseRequiredAccessPermissionPolicies | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataGenesyscobrowseRequiredAccessPermissionPolicies | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // domain - computed: true, optional: false, required: false
  public get domain() {
    return this.getStringAttribute('domain');
  }

  // entity_name - computed: true, optional: false, required: false
  public get entityName() {
    return this.getStringAttribute('entity_name');
  }

  // action_set - computed: true, optional: false, required: false
  public get actionSet() {
    return this.getListAttribute('action_set');
  }
}

export class DataGenesyscobrowseRequiredAccessPermissionPoliciesList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataGenesyscobrowseRequiredAccessPermissionPoliciesOutputReference {
    return new DataGenesyscobrowseRequiredAccessPermissionPoliciesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs/data-sources/required_access genesyscobrowse_required_access}
*/
export class DataGenesyscobrowseRequiredAccess extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "genesyscobrowse_required_access";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataGenesyscobrowseRequiredAccess resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataGenesyscobrowseRequiredAccess to import
  * @param importFromId The id of the existing DataGenesyscobrowseRequiredAccess that should be imported. Refer to the {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs/data-sources/required_access#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataGenesyscobrowseRequiredAccess to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "genesyscobrowse_required_access", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs/data-sources/required_access genesyscobrowse_required_access} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataGenesyscobrowseRequiredAccessConfig
  */
  public constructor(scope: Construct, id: string, config: DataGenesyscobrowseRequiredAccessConfig) {
    super(scope, id, {
      terraformResourceType: 'genesyscobrowse_required_access',
      terraformGeneratorMetadata: {
        providerName: 'genesyscobrowse'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._operations = config.operations;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // operations - computed: false, optional: false, required: true
  private _operations?: string[]; 
  public get operations() {
    return this.getListAttribute('operations');
  }
  public set operations(value: string[]) {
    this._operations = value;
  }
  // Temporarily expose input value. Use with caution.
  public get operationsInput() {
    return this._operations;
  }

  // permission_policies - computed: true, optional: false, required: false
  private _permissionPolicies = new DataGenesyscobrowseRequiredAccessPermissionPoliciesList(this, "permission_policies", false);
  public get permissionPolicies() {
    return this._permissionPolicies;
  }

  // permissions - computed: true, optional: false, required: false
  public get permissions() {
    return this.getListAttribute('permissions');
  }

  // all_permissions - computed: true, optional: false, required: false
  public get allPermissions() {
    return this.getListAttribute('all_permissions');
  }

  // oauth_scopes - computed: true, optional: false, required: false
  public get oauthScopes() {
    return this.getListAttribute('oauth_scopes');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      operations: cdktf.listMapper(cdktf.stringToTerraform, false)(this._operations),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      operations: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._operations),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
