using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SecretsAnalyzers.Logging
{
    /// <summary>
    /// The operations of a tree in the order of <c>DescendantsAndSelf()</c> (pre-order), without an iterator object per
    /// walk: the stack of child enumerators comes from a small per-thread pool and goes back when the walk is disposed
    /// (<c>foreach</c> does it). Deep trees cost heap, not call stack.
    /// </summary>
    internal struct OperationWalk : IDisposable
    {
        [ThreadStatic]
        private static Stack<Stack<IOperation.OperationList.Enumerator>>? t_pool;

        private IOperation? _root;
        private Stack<IOperation.OperationList.Enumerator>? _stack;

        private OperationWalk(IOperation root)
        {
            _root = root;
            _stack = null;
            Current = root;
        }

        public IOperation Current { get; private set; }

        /// <summary>Walks <paramref name="root"/> and every operation below it.</summary>
        public static OperationWalk AndSelf(IOperation root) => new OperationWalk(root);

        public OperationWalk GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_root is { } root)
            {
                _root = null;
                _stack = t_pool is { Count: > 0 } pool ? pool.Pop() : new Stack<IOperation.OperationList.Enumerator>();
                _stack.Push(root.ChildOperations.GetEnumerator());
                Current = root;
                return true;
            }

            if (_stack is null) return false;
            while (_stack.Count > 0)
            {
                var children = _stack.Pop();
                if (!children.MoveNext()) continue;
                var child = children.Current;
                _stack.Push(children);
                _stack.Push(child.ChildOperations.GetEnumerator());
                Current = child;
                return true;
            }

            return false;
        }

        public void Dispose()
        {
            if (_stack is null) return;
            _stack.Clear();
            (t_pool ??= new Stack<Stack<IOperation.OperationList.Enumerator>>()).Push(_stack);
            _stack = null;
        }
    }
}
