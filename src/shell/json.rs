//! JSON text into the core's `Json` tree using the browser's own `JSON.parse`, so the app
//! ships no JSON parser of its own (every byte of WebAssembly counts). The core then checks
//! every field of the tree.

use crate::app::msg::JsonTextError;
use crate::core::exchange::Json;
use js_sys::{Array, Object};
use wasm_bindgen::{JsCast, JsValue};

/// Deeper nesting than any layout file has; refusing it keeps hostile files from
/// exhausting the stack.
const MAX_DEPTH: usize = 16;

/// Parses JSON text with the browser's parser.
pub fn parse(text: &str) -> Result<Json, JsonTextError> {
    let value = js_sys::JSON::parse(text).map_err(|_| JsonTextError::NotJson)?;
    tree(&value, 0)
}

fn tree(value: &JsValue, depth: usize) -> Result<Json, JsonTextError> {
    if depth > MAX_DEPTH {
        return Err(JsonTextError::TooDeep);
    }
    if value.is_null() {
        return Ok(Json::Null);
    }
    if let Some(flag) = value.as_bool() {
        return Ok(Json::Bool(flag));
    }
    if let Some(number) = value.as_f64() {
        return Ok(Json::Number(number));
    }
    if let Some(text) = value.as_string() {
        return Ok(Json::Text(text));
    }
    if Array::is_array(value) {
        let array: &Array = value.unchecked_ref();
        return array.iter().map(|item| tree(&item, depth + 1)).collect::<Result<_, _>>().map(Json::List);
    }
    let object: &Object = value.dyn_ref().ok_or(JsonTextError::NotJson)?;
    Object::entries(object)
        .iter()
        .map(|pair| {
            let pair: Array = pair.unchecked_into();
            let key = pair.get(0).as_string().ok_or(JsonTextError::NotJson)?;
            Ok((key, tree(&pair.get(1), depth + 1)?))
        })
        .collect::<Result<_, _>>()
        .map(Json::Object)
}
