import onnxProto from "onnx-proto";

// Small helpers to write ONNX models with onnx-proto (no Python, no onnx package). Used by the embedded model build,
// the test fixture and the benchmark's DistilBERT-shaped graph.
export const { onnx } = onnxProto;
export const DataType = onnx.TensorProto.DataType;

type AttributeValue = number | number[] | { float: number };

export type Graph = {
  nodes: onnxProto.onnx.INodeProto[];
  initializers: onnxProto.onnx.ITensorProto[];
  inputs: onnxProto.onnx.IValueInfoProto[];
  outputs: onnxProto.onnx.IValueInfoProto[];
  doc?: string;
  opset?: number;
};

type TypedArray = Float32Array | Int8Array | Uint8Array | BigInt64Array | Int32Array;

export function tensor(name: string, dataType: number, dims: number[], values: TypedArray) {
  const rawData = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  return onnx.TensorProto.create({ name, dataType, dims, rawData });
}

export function f32(name: string, dims: number[], values: ArrayLike<number>) {
  return tensor(name, DataType.FLOAT, dims, values instanceof Float32Array ? values : Float32Array.from(values));
}

export function i64(name: string, dims: number[], values: number[]) {
  return tensor(name, DataType.INT64, dims, BigInt64Array.from(values.map((v) => BigInt(v))));
}

function attribute(name: string, value: AttributeValue) {
  const { AttributeType } = onnx.AttributeProto;
  if (Array.isArray(value)) return onnx.AttributeProto.create({ name, type: AttributeType.INTS, ints: value });
  if (typeof value === "object") return onnx.AttributeProto.create({ name, type: AttributeType.FLOAT, f: value.float });
  return onnx.AttributeProto.create({ name, type: AttributeType.INT, i: value });
}

// Integers become INT attributes; pass { float: x } for a FLOAT attribute (1.0 would otherwise look like an int).
export function node(opType: string, inputs: string[], outputs: string[], attrs: Record<string, AttributeValue> = {}) {
  return onnx.NodeProto.create({
    opType,
    input: inputs,
    output: outputs,
    name: `${outputs[0]}_${opType}`,
    attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
  });
}

export function valueInfo(name: string, elemType: number, dims: (string | number)[]) {
  const dim = dims.map((d) => (typeof d === "string" ? { dimParam: d } : { dimValue: d }));
  const tensorType = onnx.TypeProto.Tensor.create({ elemType, shape: onnx.TensorShapeProto.create({ dim }) });
  return onnx.ValueInfoProto.create({ name, type: onnx.TypeProto.create({ tensorType }) });
}

// Serialization is deterministic: same graph object in, same bytes out (no timestamps, fixed producer fields).
export function encodeModel(graph: Graph): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: "postmood",
    producerVersion: "1",
    docString: graph.doc ?? "",
    opsetImport: [{ domain: "", version: graph.opset ?? 17 }],
    graph: onnx.GraphProto.create({
      name: "graph",
      node: graph.nodes,
      initializer: graph.initializers,
      input: graph.inputs,
      output: graph.outputs,
    }),
  });
  return onnx.ModelProto.encode(model).finish();
}
